using System.Text.Json.Nodes;

namespace MusicBot.Emulators.Discord.State;

/// <summary>
/// A message as the emulator keeps it: created by an interaction response, a follow-up or a channel POST, then
/// possibly edited or deleted. Each version is kept, so tests can assert the progress a user saw.
/// </summary>
public sealed class EmulatedMessage
{
    private const int EphemeralFlag = 64;

    private readonly object _lock = new();
    private readonly List<JsonObject> _versions = [];

    public EmulatedMessage(string id, string channelId, string? interactionId, string origin, JsonObject payload, IReadOnlyList<StoredAttachment> attachments)
    {
        Id = id;
        ChannelId = channelId;
        InteractionId = interactionId;
        Origin = origin;
        Attachments = attachments;
        _versions.Add(payload);
    }

    public string Id { get; }

    public string ChannelId { get; }

    public string? InteractionId { get; }

    /// <summary><c>response</c>, <c>deferred</c>, <c>followup</c> or <c>channel</c>.</summary>
    public string Origin { get; }

    public IReadOnlyList<StoredAttachment> Attachments { get; private set; }

    public bool IsDeleted { get; private set; }

    public bool IsLoading { get; private set; }

    public JsonObject Current
    {
        get
        {
            lock (_lock)
            {
                return _versions[^1];
            }
        }
    }

    public IReadOnlyList<JsonObject> Versions
    {
        get
        {
            lock (_lock)
            {
                return [.. _versions];
            }
        }
    }

    public string? Content => Current["content"]?.GetValue<string>();

    public bool IsEphemeral => ((Current["flags"]?.GetValue<int>() ?? 0) & EphemeralFlag) != 0;

    public void MarkLoading(bool loading) => IsLoading = loading;

    /// <summary>An edit replaces the fields it sets; <c>attachments</c> lists what stays, plus new uploads.</summary>
    public void Edit(JsonObject changes, IReadOnlyList<StoredAttachment>? attachments)
    {
        lock (_lock)
        {
            var next = (JsonObject)_versions[^1].DeepClone();
            foreach (var (key, value) in changes)
            {
                if (key != "attachments")
                {
                    next[key] = value?.DeepClone();
                }
            }

            // Whether a message is ephemeral is fixed when it is created; an edit cannot change it.
            var flags = (next["flags"]?.GetValue<int>() ?? 0) & ~EphemeralFlag;
            next["flags"] = flags | ((_versions[^1]["flags"]?.GetValue<int>() ?? 0) & EphemeralFlag);
            _versions.Add(next);
            if (attachments is not null)
            {
                Attachments = attachments;
            }

            IsLoading = false;
        }
    }

    public void Delete() => IsDeleted = true;

    public IEnumerable<string> CustomIds() =>
        (Current["components"]?.AsArray() ?? [])
            .SelectMany(row => row?["components"]?.AsArray() ?? [])
            .Select(button => button?["custom_id"]?.GetValue<string>())
            .OfType<string>();
}
