using System.Globalization;
using System.Text.Json.Nodes;
using MusicBot.Emulators.Discord.State;

namespace MusicBot.Emulators.Discord.Scripting;

/// <summary>
/// Builds <c>data</c> for a slash command the way a Discord client would: from the commands the bot registered, so a
/// command path or option the bot did not register cannot be used, and option values get their registered types.
/// </summary>
internal static class SlashCommandData
{
    public static JsonObject Build(JsonArray registered, string commandLine, IReadOnlyList<(string Name, object Value)> values, EmulatorState state, bool inDm)
    {
        var words = commandLine.TrimStart('/').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var command = registered.OfType<JsonObject>().FirstOrDefault(c => c["name"]?.GetValue<string>() == words[0])
            ?? throw new ArgumentException($"/{words[0]} is not registered by the bot.");
        if (inDm && command["contexts"] is JsonArray contexts && !contexts.Any(c => c?.GetValue<int>() == 1))
        {
            throw new ArgumentException($"/{words[0]} is not offered in direct messages (its contexts lack BOT_DM).");
        }
        var resolved = new JsonObject();
        var definition = command;
        var chain = new List<(JsonObject Definition, JsonObject Option)>();
        foreach (var word in words.Skip(1))
        {
            definition = (definition["options"] as JsonArray ?? []).OfType<JsonObject>()
                .FirstOrDefault(o => o["name"]?.GetValue<string>() == word && o["type"]?.GetValue<int>() is 1 or 2)
                ?? throw new ArgumentException($"/{commandLine}: '{word}' is not a registered subcommand.");
            chain.Add((definition, new JsonObject { ["type"] = definition["type"]!.GetValue<int>(), ["name"] = word }));
        }

        var leafOptions = new JsonArray();
        foreach (var option in (definition["options"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var name = option["name"]!.GetValue<string>();
            var given = values.FirstOrDefault(v => v.Name == name);
            if (given.Name is null)
            {
                if (option["required"]?.GetValue<bool>() == true)
                {
                    throw new ArgumentException($"/{commandLine}: option '{name}' is required.");
                }

                continue;
            }

            var type = option["type"]!.GetValue<int>();
            var value = Value(type, given.Value, resolved, state);
            if (type is 4 or 10 && OutOfRange(option, Convert.ToDouble(given.Value, CultureInfo.InvariantCulture)) is { } bound)
            {
                // A Discord client does not let the user send a number outside the registered bounds.
                throw new ArgumentException($"/{commandLine}: option '{name}' must be {bound}.");
            }

            leafOptions.Add(new JsonObject { ["type"] = type, ["name"] = name, ["value"] = value });
        }

        foreach (var unknown in values.Where(v => !leafOptions.Any(o => o?["name"]?.GetValue<string>() == v.Name)))
        {
            throw new ArgumentException($"/{commandLine}: '{unknown.Name}' is not an option of this command.");
        }

        JsonArray options = leafOptions;
        for (var i = chain.Count - 1; i >= 0; i--)
        {
            var wrapper = chain[i].Option;
            wrapper["options"] = options;
            options = [wrapper];
        }

        var data = new JsonObject { ["id"] = command["id"]?.DeepClone(), ["name"] = words[0], ["type"] = 1, ["options"] = options };
        if (resolved.Count > 0)
        {
            data["resolved"] = resolved;
        }

        return data;
    }

    private static JsonNode? Value(int type, object value, JsonObject resolved, EmulatorState state)
    {
        switch (type)
        {
            case 4:
                return Convert.ToInt64(value, CultureInfo.InvariantCulture);
            case 10:
                return Convert.ToDouble(value, CultureInfo.InvariantCulture);
            case 5:
                return value is bool flag ? flag : bool.Parse(value.ToString()!);
            case 6:
                var user = value as EmulatedUser ?? EmulatedUser.Member(value.ToString()!);
                Section(resolved, "users")[user.Id] = InteractionFactory.ResolvedUser(user);
                Section(resolved, "members")[user.Id] = InteractionFactory.ResolvedMember(user);
                return user.Id;
            case 8:
                var role = value.ToString()!;
                Section(resolved, "roles")[role] = new JsonObject { ["id"] = role, ["name"] = $"role{role[^4..]}", ["permissions"] = "0", ["position"] = 1 };
                return role;
            case 11:
                var file = value as StoredAttachment ?? state.Files[value.ToString()!];
                Section(resolved, "attachments")[file.Id] = new JsonObject
                {
                    ["id"] = file.Id,
                    ["filename"] = file.Filename,
                    ["size"] = file.Size,
                    ["url"] = file.Url,
                    ["proxy_url"] = file.Url,
                    ["content_type"] = file.ContentType,
                    ["ephemeral"] = true,
                };
                return file.Id;
            default:
                return value.ToString();
        }
    }

    private static string? OutOfRange(JsonObject option, double value) =>
        option["min_value"]?.GetValue<double>() is { } min && value < min ? $"at least {min.ToString(CultureInfo.InvariantCulture)}"
        : option["max_value"]?.GetValue<double>() is { } max && value > max ? $"at most {max.ToString(CultureInfo.InvariantCulture)}"
        : null;

    private static JsonObject Section(JsonObject resolved, string name) => (JsonObject)(resolved[name] ??= new JsonObject());
}
