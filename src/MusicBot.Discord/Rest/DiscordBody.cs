using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace MusicBot.Discord.Rest;

/// <summary>
/// A request body: JSON alone, or multipart with the JSON in <c>payload_json</c> and each file as <c>files[n]</c>
/// (reference A6.2). Content is built fresh for each attempt.
/// </summary>
public sealed class DiscordBody
{
    private readonly byte[] _json;

    private DiscordBody(byte[] json, IReadOnlyList<DiscordFile> files)
    {
        _json = json;
        Files = files;
    }

    public IReadOnlyList<DiscordFile> Files { get; }

    public static DiscordBody Json<T>(T value, JsonTypeInfo<T> typeInfo, IReadOnlyList<DiscordFile>? files = null) =>
        new(JsonSerializer.SerializeToUtf8Bytes(value, typeInfo), files ?? []);

    public HttpContent CreateContent()
    {
        var json = new ByteArrayContent(_json);
        json.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (Files.Count == 0)
        {
            return json;
        }

        var multipart = new MultipartFormDataContent();
        multipart.Add(json, "payload_json");
        for (var n = 0; n < Files.Count; n++)
        {
            var file = Files[n];
            var part = new StreamContent(file.Open());
            part.Headers.ContentType = new MediaTypeHeaderValue(file.ContentType);
            multipart.Add(part, $"files[{n}]", file.FileName);
        }

        return multipart;
    }
}
