using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using MusicBot.Emulators.Discord.Rest;
using MusicBot.Emulators.Discord.State;

namespace MusicBot.Emulators.Discord.Http;

/// <summary>
/// Discord's side of an Interactions Endpoint URL (reference A8): saving the URL is refused unless it answers a signed
/// PING with a JSON PONG and a badly signed one with 401; once saved, every interaction is POSTed there, signed, instead
/// of going out on the gateway, and the answer to that POST (within the 3 seconds) is the interaction's first answer.
/// </summary>
internal sealed class HttpInteractions(EmulatorContext emulator, InteractionSigner signer) : IDisposable
{
    private readonly HttpClient _http = new() { Timeout = emulator.Options.AckDeadline };

    public string? EndpointUrl { get; private set; }

    public void Dispose() => _http.Dispose();

    /// <summary>What the Developer Portal does when the URL is saved; null when accepted, else why not.</summary>
    public async Task<string?> SaveEndpointAsync(string url)
    {
        var ping = new JsonObject { ["id"] = emulator.Clock.NextSnowflake(), ["application_id"] = emulator.Options.ApplicationId, ["type"] = 1, ["token"] = "ping-token", ["version"] = 1 };
        var (status, type, body) = await PostAsync(url, ping, timestamp: null, forge: false);
        var answered = TryParse(body)?["type"]?.GetValue<int>();
        if (status != 200 || type is not "application/json" || answered != 1)
        {
            return $"interactions_endpoint_url: The specified interactions endpoint url could not be verified (a signed PING got HTTP {status}, content type {type ?? "none"}, type {answered?.ToString(CultureInfo.InvariantCulture) ?? "none"}; a JSON PONG {{\"type\":1}} is expected).";
        }

        var (forged, _, _) = await PostAsync(url, ping, timestamp: null, forge: true);
        if (forged != 401)
        {
            return $"interactions_endpoint_url: The specified interactions endpoint url could not be verified (a PING with an invalid signature got HTTP {forged}, not 401).";
        }

        EndpointUrl = url;
        return null;
    }

    /// <summary>Posts a payload as Discord would; <paramref name="timestamp"/> overrides now, <paramref name="forge"/> breaks the signature.</summary>
    public async Task<(int Status, string? ContentType, string Body)> PostAsync(string url, JsonObject payload, string? timestamp, bool forge)
    {
        var bytes = Encoding.UTF8.GetBytes(payload.ToJsonString());
        timestamp ??= emulator.Clock.Now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = signer.Sign(timestamp, bytes);
        if (forge)
        {
            signature = (signature[0] == '0' ? "1" : "0") + signature[1..];
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add("X-Signature-Ed25519", signature);
        request.Headers.Add("X-Signature-Timestamp", timestamp);
        request.Headers.UserAgent.ParseAdd("Discord-Interactions/1.0 (+https://discord.com)");
        using var response = await _http.SendAsync(request);
        return ((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Delivers one interaction and applies the answer; a missing, late or refused answer is recorded on it.</summary>
    public async Task DeliverAsync(EmulatedInteraction interaction)
    {
        emulator.Record.HttpInteractions.Enqueue(interaction.Id);
        interaction.MarkDispatched();
        int status;
        string body;
        try
        {
            (status, _, body) = await PostAsync(EndpointUrl!, interaction.Payload, timestamp: null, forge: false);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            interaction.LateBy ??= interaction.SinceDispatch - emulator.Options.AckDeadline;
            interaction.HttpFailure = $"no answer within {emulator.Options.AckDeadline.TotalSeconds:0} s ({ex.GetType().Name})";
            return;
        }

        if (status == 202)
        {
            // The bot answered through the callback endpoint instead (reference A4.1).
            return;
        }

        var error = status == 200 && TryParse(body) is JsonObject response
            ? InteractionEndpoints.Accept(emulator, interaction, response, [])
            : new DiscordError(status, 0, $"the endpoint answered HTTP {status}");
        if (error is not null)
        {
            interaction.HttpFailure = $"{error.Message} (HTTP {error.Status}, code {error.Code})";
        }
    }

    private static JsonNode? TryParse(string body)
    {
        try
        {
            return JsonNode.Parse(body);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
