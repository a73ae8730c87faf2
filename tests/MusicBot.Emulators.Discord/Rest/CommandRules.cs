using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace MusicBot.Emulators.Discord.Rest;

/// <summary>
/// Application-command rules (reference A5): names 1–32 characters of the documented set and lower-case, descriptions
/// 1–100, at most 25 options and 25 choices, required options first, only group → subcommand nesting, at most 8,000
/// characters of names, descriptions and values per command, 100 chat-input commands, no BOT_DM context on guild
/// commands, <c>min_value</c>/<c>max_value</c> only on INTEGER and NUMBER options (in order), and
/// <c>default_member_permissions</c> as a decimal string.
/// </summary>
internal static partial class CommandRules
{
    public static string? Check(JsonArray commands, bool isGuild)
    {
        if (commands.Count > 100)
        {
            return "commands: at most 100 chat-input commands";
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var command in commands.OfType<JsonObject>())
        {
            var name = Text(command["name"]);
            var problem = !names.Add(name) ? $"{name}: duplicate command name"
                : CheckNamed(command, name, depth: 0)
                ?? CheckPermissions(command["default_member_permissions"], name)
                ?? (isGuild && command["contexts"] is JsonArray contexts && contexts.Any(c => c?.GetValue<int>() == 1) ? $"{name}.contexts: guild commands cannot use BOT_DM (1)" : null)
                ?? (Size(command) > 8000 ? $"{name}: command exceeds maximum size (8000)" : null);
            if (problem is not null)
            {
                return problem;
            }
        }

        return null;
    }

    private static string? CheckNamed(JsonObject node, string path, int depth)
    {
        var name = Text(node["name"]);
        var description = Text(node["description"]);
        if (!NamePattern().IsMatch(name) || !string.Equals(name, name.ToLowerInvariant(), StringComparison.Ordinal))
        {
            return $"{path}.name: must match ^[-_'\\p{{L}}\\p{{N}}]{{1,32}}$ and be lower-case";
        }

        if (description.Length is 0 or > 100)
        {
            return $"{path}.description: must be 1 to 100 characters";
        }

        if ((CheckLocalizations(node["name_localizations"], $"{path}.name_localizations", isName: true)
            ?? CheckLocalizations(node["description_localizations"], $"{path}.description_localizations", isName: false)) is { } localized)
        {
            return localized;
        }

        var options = node["options"] as JsonArray ?? [];
        if (options.Count > 25)
        {
            return $"{path}.options: at most 25";
        }

        var seenOptional = false;
        foreach (var option in options.OfType<JsonObject>())
        {
            var type = option["type"]?.GetValue<int>() ?? 0;
            var optionPath = $"{path}.{Text(option["name"])}";
            var isRequired = option["required"]?.GetValue<bool>() ?? false;
            if (isRequired && seenOptional)
            {
                return $"{optionPath}: required options must come before optional ones";
            }

            seenOptional |= !isRequired;
            var nested = type is 1 or 2;
            var problem = type is < 1 or > 11 ? $"{optionPath}.type: unknown option type {type}"
                : type == 2 && depth > 0 ? $"{optionPath}: subcommand groups cannot be nested"
                : type == 1 && depth > 1 ? $"{optionPath}: subcommands nest at most inside one group"
                : !nested && option["options"] is JsonArray ? $"{optionPath}: only subcommands and groups have options"
                : option["choices"] is JsonArray { Count: > 25 } ? $"{optionPath}.choices: at most 25"
                : option["choices"] is JsonArray choices && choices.Any(c => Text(c?["name"]).Length is 0 or > 100 || (c?["value"]?.ToString().Length ?? 0) > 100) ? $"{optionPath}.choices: names and values must be 1 to 100 characters"
                : option["choices"] is JsonArray localizedChoices && localizedChoices.OfType<JsonObject>().Select(c => CheckLocalizations(c["name_localizations"], $"{optionPath}.choices.name_localizations", isName: false)).FirstOrDefault(p => p is not null) is { } choiceProblem ? choiceProblem
                : option["autocomplete"]?.GetValue<bool>() == true && option["choices"] is not null ? $"{optionPath}: autocomplete cannot have choices"
                : option["max_length"]?.GetValue<int>() is < 1 or > 6000 ? $"{optionPath}.max_length: must be 1 to 6000"
                : (option["min_value"] is not null || option["max_value"] is not null) && type is not (4 or 10) ? $"{optionPath}: min_value and max_value are for INTEGER and NUMBER options"
                : option["min_value"]?.GetValue<double>() > option["max_value"]?.GetValue<double>() ? $"{optionPath}: min_value is above max_value"
                : CheckNamed(option, optionPath, nested ? depth + 1 : depth);
            if (problem is not null)
            {
                return problem;
            }
        }

        return null;
    }

    /// <summary>Keys are Discord locales; a localized name obeys the name rules, a localized description or choice 1-100.</summary>
    private static string? CheckLocalizations(JsonNode? node, string path, bool isName)
    {
        if (node is null)
        {
            return null;
        }

        if (node is not JsonObject localizations)
        {
            return $"{path}: must be an object of locale to text";
        }

        foreach (var (locale, value) in localizations)
        {
            var text = value?.GetValueKind() == System.Text.Json.JsonValueKind.String ? value.GetValue<string>() : null;
            var problem = !Locales.Contains(locale) ? $"{path}.{locale}: not a Discord locale"
                : text is null ? $"{path}.{locale}: must be a string"
                : isName && (!NamePattern().IsMatch(text) || !string.Equals(text, text.ToLowerInvariant(), StringComparison.Ordinal)) ? $"{path}.{locale}: must match the name pattern and be lower-case"
                : !isName && text.Length is 0 or > 100 ? $"{path}.{locale}: must be 1 to 100 characters"
                : null;
            if (problem is not null)
            {
                return problem;
            }
        }

        return null;
    }

    /// <summary>The locales Discord accepts (its documented Locales table).</summary>
    private static readonly HashSet<string> Locales = new(
        ["id", "da", "de", "en-GB", "en-US", "es-ES", "es-419", "fr", "hr", "it", "lt", "hu", "nl", "no", "pl", "pt-BR", "ro", "fi", "sv-SE",
         "vi", "tr", "cs", "el", "bg", "ru", "uk", "hi", "th", "zh-CN", "ja", "zh-TW", "ko"],
        StringComparer.Ordinal);

    private static string? CheckPermissions(JsonNode? permissions, string name) =>
        permissions is null || (permissions.GetValueKind() == System.Text.Json.JsonValueKind.String && ulong.TryParse(permissions.GetValue<string>(), out _))
            ? null
            : $"{name}.default_member_permissions: must be a string holding a permission bit set";

    /// <summary>Names, descriptions and choice values, counted together (Discord's 8,000-character limit).</summary>
    private static int Size(JsonNode? node) => node switch
    {
        JsonObject obj => Text(obj["name"]).Length + Text(obj["description"]).Length + (obj["value"]?.ToString().Length ?? 0)
            + Size(obj["options"]) + Size(obj["choices"]),
        JsonArray array => array.Sum(Size),
        _ => 0,
    };

    private static string Text(JsonNode? node) => node?.GetValue<string>() ?? "";

    [GeneratedRegex(@"^[-_'\p{L}\p{N}\p{IsDevanagari}\p{IsThai}]{1,32}$")]
    private static partial Regex NamePattern();
}
