using Microsoft.Extensions.Options;

namespace MusicBot.Infrastructure.Audio;

/// <summary>A configured ffmpeg folder must exist: a typo would otherwise quietly turn MP3 delivery off.</summary>
public sealed class AudioOptionsValidator : IValidateOptions<AudioOptions>
{
    public ValidateOptionsResult Validate(string? name, AudioOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return string.IsNullOrWhiteSpace(options.FfmpegFolder) || Directory.Exists(options.FfmpegFolder)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"{AudioOptions.SectionName}:FfmpegFolder '{options.FfmpegFolder}' is not a folder; give the folder that holds ffmpeg and ffprobe (e.g. /usr/bin), or leave it empty to look them up on PATH.");
    }
}
