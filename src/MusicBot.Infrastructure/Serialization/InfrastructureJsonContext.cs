using System.Text.Json.Serialization;
using MusicBot.Core.Delivery;
using MusicBot.Core.Providers;

namespace MusicBot.Infrastructure.Serialization;

/// <summary>Source-generated JSON for what the database keeps as documents (requests, notices, local jobs).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(GenerationRequest))]
[JsonSerializable(typeof(Notice))]
[JsonSerializable(typeof(Providers.Local.LocalJob))]
internal sealed partial class InfrastructureJsonContext : JsonSerializerContext;
