using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using MusicBot.Emulators.Telegram.Model;

namespace MusicBot.Emulators.Telegram.Server;

/// <summary>
/// A method's parameters from any of the four ways the Bot API accepts them: query string, urlencoded form, JSON
/// body, multipart form. Object parameters arrive as JSON text in forms and as nested JSON in a JSON body; both end
/// up here as JSON text.
/// </summary>
public sealed class ApiRequest
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, UploadedFile> _files = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> Values => _values;

    public IReadOnlyDictionary<string, UploadedFile> Files => _files;

    public static async Task<ApiRequest> ReadAsync(HttpRequest http)
    {
        var request = new ApiRequest();
        foreach (var (key, value) in http.Query)
        {
            request._values[key] = value.ToString();
        }

        if (http.HasFormContentType)
        {
            var form = await http.ReadFormAsync();
            foreach (var (key, value) in form)
            {
                request._values[key] = value.ToString();
            }

            foreach (var file in form.Files)
            {
                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer);
                request._files[file.Name] = new UploadedFile(file.FileName, file.ContentType ?? "application/octet-stream", buffer.ToArray());
            }
        }
        else if (http.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) == true)
        {
            using var document = await JsonDocument.ParseAsync(http.Body);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw BotApiException.BadRequest("request body must be a JSON object");
            }

            foreach (var property in document.RootElement.EnumerateObject())
            {
                request._values[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText();
            }
        }

        return request;
    }

    public string? Text(string name) => _values.GetValueOrDefault(name);

    public string RequiredText(string name) =>
        _values.TryGetValue(name, out var value) && value.Length > 0 ? value : throw BotApiException.BadRequest($"Parameter \"{name}\" is required");

    public long? Number(string name) => _values.TryGetValue(name, out var value) && value.Length > 0
        ? long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number : throw BotApiException.BadRequest($"invalid {name} specified")
        : null;

    public long RequiredNumber(string name) => Number(name) ?? throw BotApiException.BadRequest($"Parameter \"{name}\" is required");

    public bool Flag(string name) => _values.TryGetValue(name, out var value) && value is "true" or "True" or "1";

    /// <summary>An object parameter, parsed; a malformed one is a 400 as on the real server.</summary>
    public JsonNode? Json(string name, string what)
    {
        if (!_values.TryGetValue(name, out var text) || text.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            throw BotApiException.BadRequest($"can't parse {what} JSON object");
        }
    }
}
