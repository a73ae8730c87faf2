namespace MusicBot.Discord.Tests.Support;

/// <summary>
/// A fact that reads the team's shared reference (<c>../shared/reference</c> next to the repository). A fresh clone
/// has no such folder; then the test is skipped, and the project's own fixtures cover the same shapes.
/// </summary>
public sealed class SharedReferenceFactAttribute : FactAttribute
{
    public SharedReferenceFactAttribute()
    {
        if (SharedReference.Directory is null)
        {
            Skip = "../shared/reference not present (fresh clone): the project's own fixtures cover these shapes";
        }
    }
}

public static class SharedReference
{
    /// <summary><c>shared/reference</c> beside the folder holding MusicBot.sln, or null when absent.</summary>
    public static string? Directory { get; } = Find();

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MusicBot.sln")))
            {
                var reference = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "reference"));
                return System.IO.Directory.Exists(reference) ? reference : null;
            }
        }

        return null;
    }
}
