using System.Text.Json;
using System.Text.Json.Serialization;

namespace MusicBot.Observability;

/// <summary>Source-generated JSON for the operations endpoints, in camelCase.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ReadinessReport))]
internal sealed partial class OperationsJsonContext : JsonSerializerContext;
