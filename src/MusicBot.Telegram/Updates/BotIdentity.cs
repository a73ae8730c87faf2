using System.Globalization;
using MusicBot.Core.Conversations;
using MusicBot.Core.Inbox;
using Telegram.Bot.Types;

namespace MusicBot.Telegram.Updates;

/// <summary>
/// Who the bot is, from getMe: its username tells our <c>/cmd@bot</c> commands from other bots', and its id names
/// the update stream (update ids are per bot, so a new token starts a new cursor).
/// </summary>
public sealed class BotIdentity
{
    private volatile User? _me;

    public bool IsKnown => _me is not null;

    public string? Username => _me?.Username;

    public long Id => Me.Id;

    public UpdateSource Source => new(Platforms.Telegram, Id.ToString(CultureInfo.InvariantCulture));

    private User Me => _me ?? throw new InvalidOperationException("The bot has not called getMe yet.");

    public void Set(User me) => _me = me;
}
