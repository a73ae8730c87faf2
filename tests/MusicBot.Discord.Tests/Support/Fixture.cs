using System.Text.Json;

namespace MusicBot.Discord.Tests.Support;

/// <summary>The project's own fixtures (copied next to the tests), in the documented shapes.</summary>
public static class Fixture
{
    public static string Text(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    public static JsonElement Json(string name)
    {
        using var document = JsonDocument.Parse(Text(name));
        return document.RootElement.Clone();
    }

    /// <summary>A fixture from the team's shared reference; only for <see cref="SharedReferenceFactAttribute"/> tests.</summary>
    public static JsonElement Shared(string name)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(SharedReference.Directory!, "fixtures", "discord", name)));
        return document.RootElement.Clone();
    }
}
