using System.Globalization;
using Microsoft.Extensions.Logging;
using MusicBot.Core.Conversations;
using MusicBot.Telegram.Api;

namespace MusicBot.Telegram.Chat;

/// <summary>
/// A group became a supergroup with a new id: the move is stored and the members' drafts, credits and tasks follow
/// (<see cref="IScopeMoves"/>), then <see cref="ChatMigrations"/> sends everything for the old id to the new one.
/// Telegram tells it up to three ways (a service message in each chat, a 400 on a send); each after the first changes nothing.
/// </summary>
public sealed partial class ChatMover(IScopeMoves moves, ChatMigrations migrations, ILogger<ChatMover> logger)
{
    public async Task MoveAsync(long from, long to, CancellationToken cancellationToken)
    {
        // Stored before it is remembered: a failed store is tried again at the next notice of the move.
        if (await moves.MoveAsync(new ScopeMove(ChatContext.ScopeOf(from), ChatContext.ScopeOf(to)), cancellationToken))
        {
            LogMoved(from, to);
        }

        migrations.Remember(from, to);
    }

    /// <summary>Remembers every stored move (at connect, so a restarted bot goes straight to the new chats).</summary>
    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        foreach (var move in await moves.ListAsync(Platforms.Telegram, cancellationToken))
        {
            migrations.Remember(long.Parse(move.From.Id, CultureInfo.InvariantCulture), long.Parse(move.To.Id, CultureInfo.InvariantCulture));
        }
    }

    [LoggerMessage(EventId = 7102, Level = LogLevel.Information, Message = "Telegram: group {From} became supergroup {To}; its members' drafts, credits and tasks moved there")]
    private partial void LogMoved(long from, long to);
}
