using System.Text.Json;
using System.Text.Json.Serialization;
using Telegram.Bot.Requests;
using Telegram.Bot.Types.Enums;

namespace MusicBot.Telegram.Updates;

/// <summary>
/// getUpdates with each update left as raw JSON. The library's GetUpdates reads the batch into <c>Update[]</c> in one
/// go, so a single update it cannot read (an entity offset beyond Int32, a field of the wrong type) fails the whole
/// batch and the offset never moves; <see cref="UpdateReader"/> reads them one at a time instead.
/// </summary>
public sealed class UpdateBatchRequest() : RequestBase<JsonElement[]>("getUpdates")
{
    public int? Offset { get; set; }

    public int? Timeout { get; set; }

    [JsonPropertyName("allowed_updates")]
    public IEnumerable<UpdateType>? AllowedUpdates { get; set; }
}
