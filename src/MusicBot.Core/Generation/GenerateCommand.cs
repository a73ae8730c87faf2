using MusicBot.Core.Conversations;

namespace MusicBot.Core.Generation;

/// <summary>Submit the user's current draft. <paramref name="RequestKey"/> is the platform's id for this request.</summary>
public sealed record GenerateCommand(UserRef User, DeliveryTarget Target, string RequestKey);
