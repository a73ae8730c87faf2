using MusicBot.Emulators.Music.Common;

namespace MusicBot.Tests.Providers;

/// <summary>Bot settings that make one provider the default and point it at an emulator.</summary>
internal static class ProviderSettings
{
    public static Dictionary<string, string?> For(string provider, string section, EmulatorServer emulator, bool callbacks, Dictionary<string, string?>? extra = null)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        var settings = new Dictionary<string, string?>
        {
            ["MusicBot:DefaultProvider"] = provider,
            [$"MusicBot:Providers:{section}:BaseUrl"] = emulator.BaseUrl.AbsoluteUri,
            [$"MusicBot:Providers:{section}:ApiKey"] = emulator.ApiKey,
            // With callbacks, polls are so rare that only callbacks can finish a song within the test.
            [$"MusicBot:Providers:{section}:PollInterval"] = callbacks ? "00:05:00" : "00:00:00.050",
            [$"MusicBot:Providers:{section}:RetryDelay"] = "00:00:00.010",
            [$"MusicBot:Providers:{section}:AttemptTimeout"] = "00:00:10",
            [$"MusicBot:Providers:{section}:TotalTimeout"] = "00:00:30",
            [$"MusicBot:Providers:{section}:RequestBudget"] = "1000",
        };
        foreach (var (key, value) in extra ?? [])
        {
            settings[key] = value;
        }

        return settings;
    }
}
