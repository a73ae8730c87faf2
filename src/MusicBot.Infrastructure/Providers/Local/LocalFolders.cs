using Microsoft.Extensions.Options;
using MusicBot.Core.Configuration;

namespace MusicBot.Infrastructure.Providers.Local;

/// <summary>Where the offline provider keeps its jobs and the audio it renders, under the data directory.</summary>
internal sealed class LocalFolders(IOptions<MusicBotOptions> botOptions)
{
    public string Jobs { get; } = Path.GetFullPath(Path.Combine(botOptions.Value.DataDirectory, "local-jobs"));

    public string Tracks { get; } = Path.GetFullPath(Path.Combine(botOptions.Value.DataDirectory, "tracks"));

    /// <summary>
    /// The WAV master of a take or stem this provider rendered; <paramref name="name"/> is built from a task id. Its
    /// MP3 for listening, when there is one, sits next to it under the same name (<see cref="ListeningFile"/>).
    /// </summary>
    public string TrackFile(string name) => Path.Combine(Tracks, SafeName(name) + ".wav");

    /// <summary>Where the MP3 made from <paramref name="master"/> lives.</summary>
    public static string ListeningFile(string master) => Path.ChangeExtension(master, ".mp3");

    /// <summary>
    /// The WAV master behind an audio URL this provider delivered, whether the URL names the master or its MP3: the
    /// master is what extensions, stems and WAV copies are made from.
    /// </summary>
    public string? MasterFile(string? url) => RenderedFile(url) is { } path ? Path.ChangeExtension(path, ".wav") : null;

    /// <summary>
    /// The local path of an audio URL, if it points at a file this provider rendered. Source URLs come back from
    /// the database, but an operation must never read a file outside the tracks folder.
    /// </summary>
    public string? RenderedFile(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || !uri.IsFile)
        {
            return null;
        }

        var path = Path.GetFullPath(uri.LocalPath);
        return string.Equals(Path.GetDirectoryName(path), Tracks, StringComparison.Ordinal) ? path : null;
    }

    /// <summary>Ids come back from the database, but never let one escape its folder.</summary>
    public static string SafeName(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (id.Length == 0 || id.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || id.Contains("..", StringComparison.Ordinal))
        {
            throw new ArgumentException("Invalid local task id.", nameof(id));
        }

        return id;
    }
}
