using System.Text.Json.Nodes;

namespace MusicBot.Emulators.Telegram.Model;

/// <summary>A chat: private (its id is the user's) or a group / supergroup (negative ids, -100… for supergroups).</summary>
public sealed record EmulatedChat(long Id, string Type, string? Title = null, EmulatedUser? Peer = null)
{
    public bool IsPrivate => Type == "private";

    /// <summary>The Chat object in the reference server's order: private (id, first_name, last_name?, username?, type), group (id, title, type).</summary>
    public JsonObject ToJson()
    {
        var json = new JsonObject { ["id"] = Id };
        if (IsPrivate && Peer is not null)
        {
            json["first_name"] = Peer.FirstName;
            if (Peer.LastName is not null)
            {
                json["last_name"] = Peer.LastName;
            }

            if (Peer.Username is not null)
            {
                json["username"] = Peer.Username;
            }
        }
        else
        {
            json["title"] = Title;
        }

        json["type"] = Type;
        return json;
    }
}
