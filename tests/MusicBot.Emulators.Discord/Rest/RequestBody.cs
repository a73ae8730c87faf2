using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace MusicBot.Emulators.Discord.Rest;

/// <summary>
/// A request body as Discord reads it (reference A6.2): <c>application/json</c>, or <c>multipart/form-data</c> with the
/// JSON in <c>payload_json</c> and files in <c>files[n]</c> parts. Any other content type is error 50035. A request
/// over the cap (25 MiB for the whole request, whatever the upload limit per file) is 413 with code 40005.
/// </summary>
internal sealed partial record RequestBody(JsonNode? Json, IReadOnlyList<UploadedFile> Files, long Length)
{
    public static async Task<(RequestBody? Body, DiscordError? Error)> ReadAsync(HttpRequest request, long maxRequestBytes)
    {
        if (request.ContentLength > maxRequestBytes)
        {
            // Read to the end before answering, so the client sees the 413 rather than a connection reset mid-upload.
            await request.Body.CopyToAsync(Stream.Null);
            return (null, DiscordError.TooLarge);
        }

        var type = request.ContentType ?? "";
        try
        {
            if (type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
            {
                using var reader = new StreamReader(request.Body);
                var text = await reader.ReadToEndAsync();
                return (new RequestBody(JsonNode.Parse(text), [], text.Length), null);
            }

            if (type.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase))
            {
                var form = await request.ReadFormAsync();
                var files = new List<UploadedFile>();
                foreach (var file in form.Files)
                {
                    var match = FilePart().Match(file.Name);
                    if (!match.Success)
                    {
                        return (null, DiscordError.InvalidForm($"unexpected form part '{file.Name}'"));
                    }

                    using var memory = new MemoryStream();
                    await file.CopyToAsync(memory);
                    files.Add(new UploadedFile(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), file.FileName, file.ContentType ?? "application/octet-stream", memory.ToArray()));
                }

                var json = form.TryGetValue("payload_json", out var payload) ? JsonNode.Parse(payload.ToString()) : null;
                var length = request.ContentLength ?? files.Sum(f => f.Bytes.LongLength);
                return length > maxRequestBytes ? (null, DiscordError.TooLarge) : (new RequestBody(json, files, length), null);
            }
        }
        catch (JsonException)
        {
            return (null, DiscordError.InvalidForm("the body is not valid JSON"));
        }

        return request.ContentLength is null or 0 && type.Length == 0
            ? (new RequestBody(null, [], 0), null)
            : (null, DiscordError.InvalidForm($"unsupported content type '{type}'"));
    }

    [GeneratedRegex(@"^files\[(\d+)\]$")]
    private static partial Regex FilePart();
}

internal sealed record UploadedFile(int Index, string FileName, string ContentType, byte[] Bytes);

/// <summary>A Discord error answer: HTTP status, JSON code and message.</summary>
internal sealed record DiscordError(int Status, int Code, string Message)
{
    public static DiscordError InvalidForm(string detail) => new(400, 50035, $"Invalid Form Body: {detail}");

    public static DiscordError UnknownInteraction => new(404, 10062, "Unknown interaction");

    public static DiscordError UnknownWebhook => new(404, 10015, "Unknown Webhook");

    public static DiscordError UnknownMessage => new(404, 10008, "Unknown Message");

    public static DiscordError AlreadyAcknowledged => new(400, 40060, "Interaction has already been acknowledged.");

    public static DiscordError TooLarge => new(413, 40005, "Request entity too large");

    public static DiscordError Empty => new(400, 50006, "Cannot send an empty message");
}
