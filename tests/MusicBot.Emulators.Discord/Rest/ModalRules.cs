using System.Text.Json.Nodes;

namespace MusicBot.Emulators.Discord.Rest;

/// <summary>Modal limits (reference A4.2): custom id 1–100, title 1–45, 1–5 components, each a Label or legacy row holding a text input.</summary>
internal static class ModalRules
{
    public static DiscordError? Check(JsonObject? modal)
    {
        var customId = modal?["custom_id"]?.GetValue<string>() ?? "";
        var title = modal?["title"]?.GetValue<string>() ?? "";
        var components = modal?["components"] as JsonArray ?? [];
        if (customId.Length is 0 or > 100 || title.Length is 0 or > 45 || components.Count is 0 or > 5)
        {
            return DiscordError.InvalidForm("modal: custom_id 1-100, title 1-45 and 1-5 components are required");
        }

        foreach (var component in components)
        {
            var input = component?["type"]?.GetValue<int>() switch
            {
                18 => component["component"],
                1 => (component["components"] as JsonArray)?.SingleOrDefault(),
                _ => null,
            };
            var label = component?["label"]?.GetValue<string>() ?? input?["label"]?.GetValue<string>() ?? "";
            var max = input?["max_length"]?.GetValue<int>() ?? 4000;
            var min = input?["min_length"]?.GetValue<int>() ?? 0;
            var value = input?["value"]?.GetValue<string>() ?? "";
            var problem = input?["type"]?.GetValue<int>() != 4 ? "modal.components: each must hold one text input"
                : (input["custom_id"]?.GetValue<string>() ?? "").Length is 0 or > 100 ? "modal.components.custom_id: 1 to 100 characters"
                : input["style"]?.GetValue<int>() is not (1 or 2) ? "modal.components.style: 1 (short) or 2 (paragraph)"
                : label.Length is 0 or > 45 ? "modal.components.label: 1 to 45 characters"
                : max is < 1 or > 4000 || min > max ? "modal.components: max_length 1-4000, min_length at most max_length"
                : value.Length > max ? "modal.components.value: longer than max_length"
                : null;
            if (problem is not null)
            {
                return DiscordError.InvalidForm(problem);
            }
        }

        return null;
    }
}
