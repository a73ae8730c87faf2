namespace MusicBot.Infrastructure.Providers.SunoApi;

// Request bodies, field names exactly as documented (music-apis.md §2.4; note callBackUrl, not callbackUrl).
// Null fields are left out of the JSON.

/// <summary>
/// The optional tuning fields the docs (§2.3) share between generate, extend, upload-cover and add-instrumental/vocals:
/// vocal gender m|f, and three weights from 0 to 1 in steps of 0.01.
/// </summary>
public abstract record SunoTuning
{
    public string? VocalGender { get; init; }

    public decimal? StyleWeight { get; init; }

    public decimal? WeirdnessConstraint { get; init; }

    public decimal? AudioWeight { get; init; }
}

public sealed record SunoGenerateBody : SunoTuning
{
    public string? Prompt { get; init; }

    public string? Style { get; init; }

    public string? Title { get; init; }

    public required bool CustomMode { get; init; }

    public required bool Instrumental { get; init; }

    public required string Model { get; init; }

    public string? NegativeTags { get; init; }

    public required string CallBackUrl { get; init; }

    public string? PersonaId { get; init; }
}

public sealed record SunoExtendBody : SunoTuning
{
    public required bool DefaultParamFlag { get; init; }

    public required string AudioId { get; init; }

    public string? Prompt { get; init; }

    public string? Style { get; init; }

    public string? Title { get; init; }

    public double? ContinueAt { get; init; }

    public required string Model { get; init; }

    public string? NegativeTags { get; init; }

    public required string CallBackUrl { get; init; }
}

public sealed record SunoUploadCoverBody : SunoTuning
{
    public required string UploadUrl { get; init; }

    public string? Prompt { get; init; }

    public string? Style { get; init; }

    public string? Title { get; init; }

    public required bool CustomMode { get; init; }

    public required bool Instrumental { get; init; }

    public required string Model { get; init; }

    public string? NegativeTags { get; init; }

    public required string CallBackUrl { get; init; }
}

/// <summary>Add-instrumental names its style field <c>tags</c> (add-vocals says <c>style</c>).</summary>
public sealed record SunoAddInstrumentalBody : SunoTuning
{
    public required string UploadUrl { get; init; }

    public required string Title { get; init; }

    public required string NegativeTags { get; init; }

    public required string Tags { get; init; }

    public required string CallBackUrl { get; init; }

    public required string Model { get; init; }
}

public sealed record SunoAddVocalsBody : SunoTuning
{
    public required string Prompt { get; init; }

    public required string Title { get; init; }

    public required string NegativeTags { get; init; }

    public required string Style { get; init; }

    public required string UploadUrl { get; init; }

    public required string CallBackUrl { get; init; }

    public required string Model { get; init; }
}

public sealed record SunoLyricsBody(string Prompt, string CallBackUrl);

public sealed record SunoWavBody(string TaskId, string AudioId, string CallBackUrl);

/// <summary><c>type</c> is <c>separate_vocal</c> (vocals + instrumental) or <c>split_stem</c> (up to 12 stems).</summary>
public sealed record SunoVocalRemovalBody(string TaskId, string AudioId, string Type, string CallBackUrl);

/// <summary>The newer docs require both ids; <c>musicIndex</c> is from the older revision and left out when null.</summary>
public sealed record SunoTimestampedLyricsBody(string TaskId, string AudioId, int? MusicIndex = null);
