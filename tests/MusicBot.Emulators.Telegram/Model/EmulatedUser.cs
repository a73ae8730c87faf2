using System.Text.Json.Nodes;

namespace MusicBot.Emulators.Telegram.Model;

/// <summary>A Telegram user (or the bot) in the emulator's world.</summary>
public sealed record EmulatedUser(long Id, string FirstName, string? Username = null, string? LastName = null, bool IsBot = false, string LanguageCode = "en")
{
    /// <summary>The User object in the reference server's field order (id, is_bot, first_name, last_name?, username?, language_code?).</summary>
    public JsonObject ToJson()
    {
        var json = new JsonObject { ["id"] = Id, ["is_bot"] = IsBot, ["first_name"] = FirstName };
        if (LastName is not null)
        {
            json["last_name"] = LastName;
        }

        if (Username is not null)
        {
            json["username"] = Username;
        }

        if (!IsBot)
        {
            json["language_code"] = LanguageCode;
        }

        return json;
    }
}
