using MusicBot.Core.Conversations;
using MusicBot.Core.Providers;

namespace MusicBot.Core.Generation;

/// <summary>Everything needed to create a task and reserve its price in one step.</summary>
public sealed record NewGenerationTask(
    string RequestKey,
    UserRef User,
    DeliveryTarget Target,
    GenerationRequest Request,
    int Price,
    int MaxInFlightPerUser,
    DateTimeOffset Now);
