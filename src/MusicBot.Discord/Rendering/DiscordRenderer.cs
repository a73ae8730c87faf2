using MusicBot.Discord.Json;

namespace MusicBot.Discord.Rendering;

/// <summary>Building blocks every rendered message uses: plain notices, embeds with the bot's colours, buttons.</summary>
public static class DiscordRenderer
{
    public const int Green = 0x2ECC71;
    public const int Orange = 0xE67E22;
    public const int Red = 0xE74C3C;
    public const int Blue = 0x3498DB;

    /// <summary>A short text message; the text is the bot's own, so it is not escaped.</summary>
    public static MessagePayload Notice(string text) => MessageLimits.Fit(new MessagePayload { Content = text });

    public static MessagePayload WithEmbed(Embed embed, List<Component>? components = null, string? content = null) =>
        MessageLimits.Fit(new MessagePayload { Content = content, Embeds = [embed], Components = components });

    public static Component Row(params Component[] buttons) => new() { Type = Component.ActionRowType, Components = [.. buttons] };

    /// <summary>A button in one of the <see cref="ButtonStyles"/>. Labels are the bot's own and short.</summary>
    public static Component Button(string label, string customId, int style = ButtonStyles.Secondary, bool disabled = false) => new()
    {
        Type = Component.ButtonType,
        Style = style,
        Label = DiscordText.Truncate(label, 80),
        CustomId = customId,
        Disabled = disabled ? true : null,
    };
}
