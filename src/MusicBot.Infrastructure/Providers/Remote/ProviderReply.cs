using System.Net;

namespace MusicBot.Infrastructure.Providers.Remote;

/// <summary>
/// An HTTP answer: its status, its body (null when it was not the JSON the API documents, e.g. a proxy's error
/// page), and for APIs that answer errors with a message (MusicAPI) that message.
/// </summary>
public sealed record ProviderReply<T>(HttpStatusCode Status, T? Body, string? Error = null)
    where T : class;
