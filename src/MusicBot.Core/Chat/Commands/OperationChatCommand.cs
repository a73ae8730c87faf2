using MusicBot.Core.Generation;
using MusicBot.Core.Operations;

namespace MusicBot.Core.Chat.Commands;

/// <summary>
/// <c>/extend</c>, <c>/addvocals</c>, <c>/addinstrumental</c>, <c>/wav</c>, <c>/stems</c> and <c>/lyricsai</c>: one class,
/// one instance per operation. The message id makes a redelivered message a no-op, as for <c>/generate</c>.
/// </summary>
public sealed class OperationChatCommand(OperationKind kind, TrackOperationService operations) : IChatCommand
{
    public OperationKind Kind => kind;

    public string Name => OperationArguments.CommandName(kind);

    public CommandHelp Help => new(OperationArguments.UsageOf(kind), Summary(kind), false);

    public async Task<ChatReply> HandleAsync(ChatMessage message, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var (parsed, problem) = OperationArguments.Parse(kind, arguments);
        if (parsed is null)
        {
            return new UsageReply(OperationArguments.UsageOf(kind), problem!);
        }

        var command = new OperationCommand(
            message.User, message.Target, $"{message.User.Scope}:{message.MessageId}", kind, parsed.SongId, parsed.TakeNumber, parsed.FromSeconds, parsed.Topic);
        return new GenerateReply(await operations.StartAsync(command, cancellationToken));
    }

    private static string Summary(OperationKind kind) => kind switch
    {
        OperationKind.Extend => "Continue your latest song (or song N, take T), from the end or from a second.",
        OperationKind.AddVocals => "Sing your draft's lyrics over your latest song (or song N, take T).",
        OperationKind.AddInstrumental => "Put an accompaniment in your draft's style under your latest song.",
        OperationKind.Wav => "Get a lossless WAV of your latest song (or song N, take T).",
        OperationKind.Stems => "Split your latest song (or song N, take T) into its parts.",
        OperationKind.Lyrics => "AI-written lyrics on a topic, saved into your draft.",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
