namespace MusicBot.Testing;

/// <summary>
/// Where <c>../shared/reference</c> is, relative to the repository root (the folder holding MusicBot.sln). It exists
/// on the team's machines, not in a fresh clone; tests that read it skip themselves when it is absent.
/// </summary>
public static class SharedReference
{
    public const string SkipReason =
        "../shared/reference not present (fresh clone): the project's own fixtures cover these shapes";

    public static string? Root { get; } = Find();

    public static bool IsPresent => Root is not null;

    public static string Path(params string[] parts) =>
        System.IO.Path.Combine([Root ?? throw new InvalidOperationException(SkipReason), .. parts]);

    private static string? Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "MusicBot.sln")))
            {
                var reference = System.IO.Path.GetFullPath(System.IO.Path.Combine(directory.FullName, "..", "shared", "reference"));
                return Directory.Exists(reference) ? reference : null;
            }
        }

        return null;
    }
}
