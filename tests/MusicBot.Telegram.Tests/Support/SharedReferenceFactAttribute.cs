namespace MusicBot.Telegram.Tests.Support;

/// <summary>
/// A test that reads the shared reference fixtures next to the repository (../shared/reference). A fresh clone has
/// no such folder; the test is then skipped, and the project's own fixtures cover the same shapes.
/// </summary>
public sealed class SharedReferenceFactAttribute : FactAttribute
{
    public SharedReferenceFactAttribute()
    {
        if (TelegramFixtureFolder() is null)
        {
            Skip = "../shared/reference not present (fresh clone): the project's own fixtures cover these shapes";
        }
    }

    /// <summary>../shared/reference/fixtures/telegram relative to the folder holding MusicBot.sln, if it exists.</summary>
    public static string? TelegramFixtureFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "MusicBot.sln")))
            {
                var folder = Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "reference", "fixtures", "telegram"));
                return Directory.Exists(folder) ? folder : null;
            }
        }

        return null;
    }
}
