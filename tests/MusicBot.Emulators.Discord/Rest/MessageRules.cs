using System.Text.Json.Nodes;

namespace MusicBot.Emulators.Discord.Rest;

/// <summary>
/// Discord's message rules (reference A6): content 2,000; 10 embeds with their field limits and 6,000 in total; legacy
/// components (5 rows of 5 buttons, unique custom ids of 1–100 characters, labels of 80); uploads within the upload
/// limit (the 25 MiB request cap is <see cref="RequestBody"/>'s); and an empty message is 50006. The project's own rule, that every message sets
/// <c>allowed_mentions.parse</c> to nothing, is reported as a violation rather than refused, as Discord would accept it.
/// </summary>
internal static class MessageRules
{
    public static DiscordError? Check(JsonObject message, IReadOnlyList<UploadedFile> files, long uploadLimit, bool isEdit, bool allowEphemeral, ICollection<string> violations)
    {
        if (message["allowed_mentions"]?["parse"] is not JsonArray { Count: 0 })
        {
            violations.Add($"message without \"allowed_mentions\": {{\"parse\": []}}: {Preview(message)}");
        }

        var content = message["content"]?.GetValue<string>();
        var embeds = message["embeds"] as JsonArray;
        var components = message["components"] as JsonArray;
        if (!isEdit && string.IsNullOrEmpty(content) && embeds is not { Count: > 0 } && components is not { Count: > 0 } && files.Count == 0)
        {
            return DiscordError.Empty;
        }

        if (content is { Length: > 2000 })
        {
            return DiscordError.InvalidForm($"content: must be 2000 or fewer in length (is {content.Length})");
        }

        var flags = message["flags"]?.GetValue<int>() ?? 0;
        if ((flags & 64) != 0 && !allowEphemeral)
        {
            return DiscordError.InvalidForm("flags: EPHEMERAL is only allowed on interaction responses");
        }

        return CheckEmbeds(embeds) ?? CheckComponents(components) ?? CheckFiles(message, files, uploadLimit);
    }

    private static DiscordError? CheckEmbeds(JsonArray? embeds)
    {
        if (embeds is null)
        {
            return null;
        }

        if (embeds.Count > 10)
        {
            return DiscordError.InvalidForm("embeds: must be 10 or fewer in length");
        }

        var total = 0;
        foreach (var embed in embeds.OfType<JsonObject>())
        {
            var title = Text(embed["title"]);
            var description = Text(embed["description"]);
            var footer = Text(embed["footer"]?["text"]);
            var fields = embed["fields"] as JsonArray ?? [];
            var problem = title.Length > 256 ? "embeds.title: must be 256 or fewer in length"
                : description.Length > 4096 ? "embeds.description: must be 4096 or fewer in length"
                : footer.Length > 2048 ? "embeds.footer.text: must be 2048 or fewer in length"
                : fields.Count > 25 ? "embeds.fields: must be 25 or fewer in length"
                : fields.Any(f => Text(f?["name"]).Length is 0 or > 256) ? "embeds.fields.name: required, 256 or fewer in length"
                : fields.Any(f => Text(f?["value"]).Length is 0 or > 1024) ? "embeds.fields.value: required, 1024 or fewer in length"
                : BadUrl(embed["thumbnail"]?["url"]) || BadUrl(embed["image"]?["url"]) ? "embeds.image/thumbnail.url: scheme must be http, https or attachment"
                : null;
            if (problem is not null)
            {
                return DiscordError.InvalidForm(problem);
            }

            total += title.Length + description.Length + footer.Length + fields.Sum(f => Text(f?["name"]).Length + Text(f?["value"]).Length);
        }

        return total > 6000 ? DiscordError.InvalidForm($"embeds: all embeds together must be 6000 or fewer characters (are {total})") : null;
    }

    private static DiscordError? CheckComponents(JsonArray? rows)
    {
        if (rows is null)
        {
            return null;
        }

        if (rows.Count > 5)
        {
            return DiscordError.InvalidForm("components: must be 5 or fewer in length");
        }

        var customIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var buttons = row?["components"] as JsonArray;
            if (row?["type"]?.GetValue<int>() != 1 || buttons is not { Count: >= 1 and <= 5 })
            {
                return DiscordError.InvalidForm("components: each must be an action row of 1 to 5 buttons");
            }

            foreach (var button in buttons)
            {
                var style = button?["style"]?.GetValue<int>() ?? 0;
                var customId = button?["custom_id"]?.GetValue<string>();
                var problem = button?["type"]?.GetValue<int>() != 2 ? "components.components.type: only buttons are used here"
                    : Text(button["label"]).Length > 80 ? "components.components.label: must be 80 or fewer in length"
                    : style is >= 1 and <= 4 && customId is not { Length: >= 1 and <= 100 } ? "components.components.custom_id: required, 1 to 100 characters"
                    : style == 5 && button["url"] is null ? "components.components.url: required for link buttons"
                    : customId is not null && !customIds.Add(customId) ? "components.components.custom_id: must be unique"
                    : null;
                if (problem is not null)
                {
                    return DiscordError.InvalidForm(problem);
                }
            }
        }

        return null;
    }

    private static DiscordError? CheckFiles(JsonObject message, IReadOnlyList<UploadedFile> files, long uploadLimit)
    {
        if (files.Any(f => f.Bytes.LongLength > uploadLimit))
        {
            return DiscordError.TooLarge;
        }

        var declared = (message["attachments"] as JsonArray ?? []).Select(a => a?["id"]?.ToString()).ToHashSet(StringComparer.Ordinal);
        var missing = files.Where(f => !declared.Contains(f.Index.ToString(System.Globalization.CultureInfo.InvariantCulture))).Select(f => f.Index).ToList();
        return missing.Count > 0 ? DiscordError.InvalidForm($"attachments: files[{string.Join(",", missing)}] are not listed in attachments") : null;
    }

    private static bool BadUrl(JsonNode? url) =>
        url is not null && !(Text(url).StartsWith("https://", StringComparison.Ordinal) || Text(url).StartsWith("http://", StringComparison.Ordinal) || Text(url).StartsWith("attachment://", StringComparison.Ordinal));

    private static string Text(JsonNode? node) => (node?.GetValue<string>() ?? "").Trim();

    private static string Preview(JsonObject message)
    {
        var json = message.ToJsonString();
        return json.Length <= 120 ? json : json[..120] + "…";
    }
}
