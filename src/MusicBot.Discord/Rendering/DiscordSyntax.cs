using MusicBot.Core.Chat;
using MusicBot.Core.Songs;
using MusicBot.Messages;

namespace MusicBot.Discord.Rendering;

/// <summary>How Discord spells the commands a message tells the user to use: options of <c>/music draft</c>.</summary>
public sealed class DiscordSyntax : IPlatformSyntax
{
    public static DiscordSyntax Instance { get; } = new();

    /// <summary>The shared phrases in Discord's syntax.</summary>
    public static Phrases Words { get; } = new(MessageCatalog.English, Instance);

    public string SetField(DraftField field) => field == DraftField.Lyrics ? "/music draft lyrics" : $"/music draft set {ArgumentNames.Of(field)}:";

    public string SetTo(DraftField field, string value) => field switch
    {
        DraftField.VocalGender => $"/music draft set vocal_gender:{(value == "m" ? "male" : value == "f" ? "female" : value)}",
        _ => $"/music draft set {ArgumentNames.Of(field)}:{value}",
    };

    public string ChooseLanguage(string code) => $"/music language code:{code}";
}
