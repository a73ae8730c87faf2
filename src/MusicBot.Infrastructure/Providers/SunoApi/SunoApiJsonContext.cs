using System.Text.Json.Serialization;

namespace MusicBot.Infrastructure.Providers.SunoApi;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(SunoGenerateBody))]
[JsonSerializable(typeof(SunoExtendBody))]
[JsonSerializable(typeof(SunoUploadCoverBody))]
[JsonSerializable(typeof(SunoAddInstrumentalBody))]
[JsonSerializable(typeof(SunoAddVocalsBody))]
[JsonSerializable(typeof(SunoLyricsBody))]
[JsonSerializable(typeof(SunoWavBody))]
[JsonSerializable(typeof(SunoVocalRemovalBody))]
[JsonSerializable(typeof(SunoTimestampedLyricsBody))]
[JsonSerializable(typeof(SunoEnvelope<SunoTaskId>))]
[JsonSerializable(typeof(SunoEnvelope<SunoRecordInfo>))]
[JsonSerializable(typeof(SunoEnvelope<double?>))]
[JsonSerializable(typeof(SunoEnvelope<SunoLyricsRecord>))]
[JsonSerializable(typeof(SunoEnvelope<SunoWavRecord>))]
[JsonSerializable(typeof(SunoEnvelope<SunoVocalRemovalRecord>))]
[JsonSerializable(typeof(SunoEnvelope<SunoTimestampedLyrics>))]
[JsonSerializable(typeof(SunoCallback))]
[JsonSerializable(typeof(SunoCallbackStems))]
public sealed partial class SunoApiJsonContext : JsonSerializerContext;
