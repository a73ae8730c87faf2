namespace MusicBot.Discord.Http;

/// <summary>The application as <c>GET /applications/@me</c> named it, once it has (for the health check and tests).</summary>
public sealed class DiscordApplication
{
    private volatile string? _id;

    public string? Id => _id;

    public bool IsKnown => _id is not null;

    public void Found(string id) => _id = id;
}
