using System.Globalization;
using System.Text;

namespace MusicBot.Telegram.Buttons;

/// <summary>
/// A button's <c>callback_data</c>: <c>action:owner[:argument]</c>, at most 64 bytes of UTF-8. The owner is the user
/// whose draft or song the button acts on, so that in a group one member cannot press another's buttons.
/// </summary>
public sealed record CallbackData(CallbackAction Action, long OwnerId, string? Argument = null)
{
    public const int MaxBytes = 64;

    private static readonly Dictionary<CallbackAction, string> Codes = new()
    {
        [CallbackAction.Generate] = "g",
        [CallbackAction.Instrumental] = "i",
        [CallbackAction.Models] = "m",
        [CallbackAction.SetModel] = "ms",
        [CallbackAction.Back] = "b",
        [CallbackAction.Clear] = "c",
        [CallbackAction.Regenerate] = "r",
        [CallbackAction.Extend] = "x",
        [CallbackAction.Wav] = "w",
        [CallbackAction.Stems] = "s",
    };

    private static readonly Dictionary<string, CallbackAction> Actions = Codes.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    public string Text => Argument is null
        ? $"{Codes[Action]}:{OwnerId.ToString(CultureInfo.InvariantCulture)}"
        : $"{Codes[Action]}:{OwnerId.ToString(CultureInfo.InvariantCulture)}:{Argument}";

    /// <summary>The encoded data, or null when it would not fit (e.g. a very long model name): such a button is left out.</summary>
    public string? TryEncode()
    {
        var text = Text;
        return Encoding.UTF8.GetByteCount(text) <= MaxBytes ? text : null;
    }

    public static CallbackData? Parse(string? data)
    {
        if (string.IsNullOrEmpty(data) || Encoding.UTF8.GetByteCount(data) > MaxBytes)
        {
            return null;
        }

        var parts = data.Split(':', 3);
        if (parts.Length < 2 || !Actions.TryGetValue(parts[0], out var action)
            || !long.TryParse(parts[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var owner))
        {
            return null;
        }

        return new CallbackData(action, owner, parts.Length == 3 ? parts[2] : null);
    }
}
