namespace MusicBot.Discord.Rest;

/// <summary>
/// One REST call: its method and route template (what rate-limit buckets and logs are keyed by) and the concrete
/// path. The template never holds ids or tokens, so it is safe to log; the path is not (interaction tokens sit in it).
/// </summary>
public sealed record DiscordRoute
{
    private DiscordRoute(HttpMethod method, string template, string path, string majorParameters)
    {
        Method = method;
        Template = template;
        Path = path;
        MajorParameters = majorParameters;
    }

    public HttpMethod Method { get; }

    /// <summary>E.g. <c>/channels/{channel_id}/messages</c>.</summary>
    public string Template { get; }

    /// <summary>The path relative to the API base URL, with escaped values and no leading slash.</summary>
    public string Path { get; }

    /// <summary>
    /// The route's parameter values joined. Discord counts limits per top-level resource (channel, guild, webhook id +
    /// token); every route this bot calls has only top-level parameters, so all of them together are that resource.
    /// </summary>
    public string MajorParameters { get; }

    public string RouteKey => $"{Method.Method} {Template}";

    /// <summary>
    /// Interaction callbacks and the interaction webhook (edits of the original, follow-ups) are exempt from the bot's
    /// global limit (reference A4.1, A7): a burst of channel messages never holds back an interaction's answer.
    /// </summary>
    public bool IsExemptFromGlobalLimit =>
        Template.StartsWith("/interactions/", StringComparison.Ordinal)
        || Template.StartsWith("/webhooks/{application_id}/{interaction_token}", StringComparison.Ordinal);

    /// <summary>Safe to send twice: a lost answer may be retried. POSTs are not (a duplicate message, or 40060).</summary>
    public bool IsIdempotent => Method != HttpMethod.Post;

    public static DiscordRoute Get(string template, params string[] values) => Create(HttpMethod.Get, template, values);

    public static DiscordRoute Post(string template, params string[] values) => Create(HttpMethod.Post, template, values);

    public static DiscordRoute Put(string template, params string[] values) => Create(HttpMethod.Put, template, values);

    public static DiscordRoute Patch(string template, params string[] values) => Create(HttpMethod.Patch, template, values);

    public static DiscordRoute Delete(string template, params string[] values) => Create(HttpMethod.Delete, template, values);

    public override string ToString() => RouteKey;

    private static DiscordRoute Create(HttpMethod method, string template, string[] values)
    {
        var path = new System.Text.StringBuilder();
        var index = 0;
        var position = 0;
        while (position < template.Length)
        {
            var open = template.IndexOf('{', position);
            if (open < 0)
            {
                path.Append(template, position, template.Length - position);
                break;
            }

            var close = template.IndexOf('}', open);
            path.Append(template, position, open - position);
            if (index >= values.Length)
            {
                throw new ArgumentException($"Route {template} needs more values than the {values.Length} given.", nameof(values));
            }

            path.Append(Uri.EscapeDataString(values[index++]));
            position = close + 1;
        }

        if (index != values.Length)
        {
            throw new ArgumentException($"Route {template} takes {index} values, not {values.Length}.", nameof(values));
        }

        return new DiscordRoute(method, template, path.ToString().TrimStart('/'), string.Join('/', values));
    }
}
