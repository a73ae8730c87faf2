using MusicBot.Telegram.Api.Requests;

namespace MusicBot.Telegram.Delivery;

/// <summary>How a track goes to Telegram: uploaded (<see cref="Upload"/>), or by URL when it is too big to re-upload.</summary>
public sealed record MediaFile(InputFile? Upload, string? Url, long? Size);
