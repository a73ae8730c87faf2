using MusicBot.Core.Songs;

namespace MusicBot.Messages;

/// <summary>
/// How a platform spells the commands a message tells the user to type: <c>/style &lt;text&gt;</c> in a text chat,
/// <c>/music draft set style:</c> on Discord. Hints are plain text; the renderer escapes the whole message.
/// </summary>
public interface IPlatformSyntax
{
    /// <summary>The command that sets <paramref name="field"/>, with a placeholder for the value.</summary>
    string SetField(DraftField field);

    /// <summary>The command that sets <paramref name="field"/> to <paramref name="value"/> (the value as the draft keeps it).</summary>
    string SetTo(DraftField field, string value);

    /// <summary>The command that picks the language <paramref name="code"/> (or <c>&lt;code&gt;</c>, <c>auto</c>).</summary>
    string ChooseLanguage(string code);
}

/// <summary>The text grammar Telegram and the terminal share.</summary>
public sealed class TextCommandSyntax : IPlatformSyntax
{
    public static TextCommandSyntax Instance { get; } = new();

    public string SetField(DraftField field) => field switch
    {
        DraftField.Style => "/style <text>",
        DraftField.Lyrics => "/lyrics <text>",
        DraftField.Title => "/title <text>",
        DraftField.Model => "/model <name>",
        DraftField.Provider => "/provider <name>",
        DraftField.VocalGender => "/voice m|f",
        DraftField.NegativeTags => "/negative <text>",
        DraftField.Instrumental => "/instrumental on|off",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "No text command sets this field."),
    };

    public string SetTo(DraftField field, string value) => field switch
    {
        DraftField.Model => $"/model {value}",
        DraftField.Provider => $"/provider {value}",
        DraftField.VocalGender => $"/voice {value}",
        DraftField.Instrumental => $"/instrumental {value}",
        _ => $"{SetField(field).Split(' ')[0]} {value}",
    };

    public string ChooseLanguage(string code) => $"/language {code}";
}
