using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MusicBot.Configuration;

namespace MusicBot.Cli;

/// <summary>
/// <c>musicbot health [--ready] [--url URL]</c>: asks a running bot's <c>/healthz</c> (or <c>/readyz</c>) on the
/// configured listen address. The container's HEALTHCHECK uses it, because the ASP.NET runtime image has no curl.
/// </summary>
public sealed class HealthCliCommand : IAdminCommand
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public string Name => "health";

    public IReadOnlyList<string> Usage { get; } = ["health [--ready] [--url URL]  ask the running bot's /healthz (or /readyz); exit code 1 if not ok"];

    public async Task<int> RunAsync(CliArguments arguments, CliContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(context);
        arguments.AllowOnly("ready", "url");
        var path = arguments.Flag("ready") ? "readyz" : "healthz";
        var baseUrl = arguments.Option("url") is { } given ? new Uri(given) : LocalAddress(context.Services.GetRequiredService<IOptions<HttpOptions>>().Value);
        var target = new Uri(baseUrl, path);

        // A one-shot process: a plain HttpClient is the right size here (no factory, no handler reuse to care about).
        using var client = new HttpClient { Timeout = Timeout };
        try
        {
            using var response = await client.GetAsync(target, cancellationToken);
            var body = (await response.Content.ReadAsStringAsync(cancellationToken)).Trim();
            context.Output.WriteLine($"{target}: {(int)response.StatusCode} {body}");
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            context.Error.WriteLine($"{target}: no answer ({ex.GetType().Name}: {ex.Message})");
            return 1;
        }
    }

    /// <summary>The first listen URL, with a wildcard host replaced by loopback, which such a bind also serves.</summary>
    private static Uri LocalAddress(HttpOptions http)
    {
        var first = http.EachUrl().FirstOrDefault() ?? throw new CliUsageException("MusicBot:Http:Urls is empty; pass --url.");
        if (!HttpOptions.TryParse(first, out var url))
        {
            throw new CliUsageException($"MusicBot:Http:Urls has '{first}', which is not a URL; pass --url.");
        }

        if (url.Port == 0)
        {
            throw new CliUsageException("MusicBot:Http:Urls uses port 0 (any free port); pass --url with the real one.");
        }

        var host = url.Host is "0.0.0.0" or "[::]" or "::" ? "127.0.0.1" : url.Host;
        return new UriBuilder(url.Scheme, host, url.Port).Uri;
    }
}
