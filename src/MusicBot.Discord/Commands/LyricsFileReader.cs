using System.Text;
using MusicBot.Core.Drafts;
using MusicBot.Discord.Delivery;
using MusicBot.Discord.Json;

namespace MusicBot.Discord.Commands;

/// <summary>
/// Reads lyrics from a <c>.txt</c> attachment, for lyrics longer than a modal's 4,000 characters. The file is
/// checked by name, type and size before a byte is downloaded, and read as UTF-8.
/// </summary>
public sealed class LyricsFileReader(MediaDownloader downloader)
{
    /// <summary>UTF-8 text of <see cref="DraftService.MaxFieldLength"/> characters is at most four times as many bytes.</summary>
    public const long MaxBytes = DraftService.MaxFieldLength * 4L;

    public async Task<LyricsFile> ReadAsync(DiscordAttachment attachment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        var isText = attachment.Filename.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)
            || (attachment.ContentType?.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase) ?? false);
        if (!isText)
        {
            return LyricsFile.Refused("Lyrics files must be plain text (.txt).");
        }

        if (attachment.Size > MaxBytes)
        {
            return LyricsFile.Refused($"That file is {attachment.Size / 1024} KB; lyrics files can be at most {MaxBytes / 1024} KB.");
        }

        if (!Uri.TryCreate(attachment.Url, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http"))
        {
            return LyricsFile.Refused("Discord sent no download link for that file; please upload it again.");
        }

        var download = await downloader.DownloadAsync(url, MaxBytes, cancellationToken);
        if (download.Bytes is not { } bytes)
        {
            return LyricsFile.Refused(download.IsTooLarge
                ? $"That file is larger than {MaxBytes / 1024} KB."
                : "The file could not be downloaded from Discord; please try again.");
        }

        var text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetString(bytes).TrimStart('\uFEFF');
        return string.IsNullOrWhiteSpace(text) ? LyricsFile.Refused("That file is empty.") : new LyricsFile(text, null);
    }
}

/// <summary>The lyrics, or what was wrong with the file.</summary>
public sealed record LyricsFile(string? Text, string? Problem)
{
    public static LyricsFile Refused(string problem) => new(null, problem);
}
