using System.ComponentModel.DataAnnotations;

namespace MusicBot.Core.Credits;

/// <summary>Section <c>MusicBot:Quota</c>: allowances and prices.</summary>
public sealed class QuotaOptions
{
    public const string SectionName = "MusicBot:Quota";

    /// <summary>Credits a user starts with in a scope whose admins have not set their own default.</summary>
    [Range(0, QuotaLimits.MaxCredits)]
    public int DefaultCredits { get; set; } = 10;

    /// <summary>Price per request by provider name; a provider not listed costs <see cref="DefaultPrice"/>.</summary>
    public Dictionary<string, int> Prices { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Price per request by provider and model (<c>ModelPrices:sunoapi:V5 = 2</c>); wins over <see cref="Prices"/>.</summary>
    public Dictionary<string, Dictionary<string, int>> ModelPrices { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    [Range(0, QuotaLimits.MaxCredits)]
    public int DefaultPrice { get; set; } = 1;

    /// <summary>
    /// Price of an operation by its name (<c>extend</c>, <c>addvocals</c>, <c>addinstrumental</c>, <c>wav</c>, <c>stems</c>,
    /// <c>lyrics</c>). An operation not listed costs what a new song costs with the same provider and model, except
    /// <c>lyrics</c>, which is free unless listed.
    /// </summary>
    public Dictionary<string, int> OperationPrices { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
