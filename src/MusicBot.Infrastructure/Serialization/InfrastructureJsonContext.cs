using System.Text.Json.Serialization;
using MusicBot.Core.Delivery;
using MusicBot.Core.Failures;
using MusicBot.Core.Providers;
using MusicBot.Core.Songs;

namespace MusicBot.Infrastructure.Serialization;

/// <summary>
/// Source-generated JSON for what the database keeps as documents (requests, a draft's song fields, notices, failures, local jobs). The
/// notice and failure hierarchies carry their kind or code as a discriminator, read wherever it sits in the object.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true,
    AllowOutOfOrderMetadataProperties = true)]
[JsonSerializable(typeof(GenerationRequest))]
[JsonSerializable(typeof(SongFields))]
[JsonSerializable(typeof(Notice))]
[JsonSerializable(typeof(TaskFailure))]
[JsonSerializable(typeof(Providers.Local.LocalJob))]
internal sealed partial class InfrastructureJsonContext : JsonSerializerContext;
