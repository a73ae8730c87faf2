using System.Text.Json;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace MusicBot.Telegram.Updates;

/// <summary>
/// Reads one update with the library's types and JSON options. An update it cannot read keeps its id (when there is
/// one) and the parser's reason, which names the field and position but never the content (user text).
/// </summary>
public static class UpdateReader
{
    public static ReadUpdate Read(JsonElement json)
    {
        long? id = json.ValueKind == JsonValueKind.Object && json.TryGetProperty("update_id", out var value) && value.TryGetInt64(out var number) ? number : null;
        try
        {
            return json.Deserialize<Update>(JsonBotAPI.Options) is { } update
                ? new ReadUpdate(id, update, null)
                : new ReadUpdate(id, null, "the update is null");
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException or FormatException or OverflowException)
        {
            return new ReadUpdate(id, null, $"{ex.GetType().Name}: {ex.Message}");
        }
    }

    public static ReadUpdate Read(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return Read(document.RootElement);
        }
        catch (JsonException ex)
        {
            return new ReadUpdate(null, null, $"{ex.GetType().Name}: {ex.Message}");
        }
    }
}

/// <summary>An update as read: <see cref="Update"/> when it could be read, else <see cref="Problem"/>.</summary>
public sealed record ReadUpdate(long? Id, Update? Update, string? Problem);
