using MusicBot.Core.Providers;

namespace MusicBot.Infrastructure.Providers.Local;

/// <summary>A local task as kept on disk, so it survives a restart exactly like a remote provider's task would.</summary>
public sealed record LocalJob(string Id, GenerationRequest Request, DateTimeOffset SubmittedAt);
