using MusicBot.Core.Conversations;
using MusicBot.Core.Operations;

namespace MusicBot.Core.Generation;

/// <summary>
/// Run <paramref name="Kind"/> for a user. The source is <paramref name="SourceTaskId"/>'s track number
/// <paramref name="TrackNumber"/> (1-based, as the user saw the takes); without a task id, the user's latest finished
/// song; without a track number, its first take. <paramref name="RequestKey"/> is the platform's id for this request.
/// </summary>
public sealed record OperationCommand(
    UserRef User,
    DeliveryTarget Target,
    string RequestKey,
    OperationKind Kind,
    long? SourceTaskId = null,
    int? TrackNumber = null,
    double? ContinueAtSeconds = null,
    string? Prompt = null);
