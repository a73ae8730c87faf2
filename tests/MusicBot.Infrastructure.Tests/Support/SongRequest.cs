using MusicBot.Core.Providers;

namespace MusicBot.Infrastructure.Tests.Support;

/// <summary>Requests for polling in tests: a provider reads the request only to find where an operation's task lives.</summary>
public static class SongRequest
{
    /// <summary>A plain new song (no operation); its fields are not read when polling.</summary>
    public static GenerationRequest Plain { get; } = new() { Provider = "test", Model = "test" };
}
