using Microsoft.Extensions.Options;
using MusicBot.Core.Credits;
using MusicBot.Core.Operations;
using MusicBot.Core.Providers;

namespace MusicBot.Core.Tests.Credits;

public sealed class PriceListTests
{
    private static readonly GenerationRequest Song = new() { Provider = "sunoapi", Model = "V5" };

    [Fact]
    public void PriceOf_OperationNotListed_CostsWhatTheSongCosts()
    {
        var prices = Prices(new QuotaOptions { ModelPrices = { ["sunoapi"] = new() { ["V5"] = 3 } } });

        Assert.Equal(3, prices.PriceOf(Song));
        Assert.Equal(3, prices.PriceOf(With(OperationKind.Extend)));
        Assert.Equal(3, prices.PriceOf(With(OperationKind.Stems)));
    }

    [Fact]
    public void PriceOf_LyricsNotListed_IsFree() =>
        Assert.Equal(0, Prices(new QuotaOptions { DefaultPrice = 4 }).PriceOf(With(OperationKind.Lyrics)));

    [Fact]
    public void PriceOf_OperationListed_UsesItsOwnPriceWhateverTheCase()
    {
        var prices = Prices(new QuotaOptions { DefaultPrice = 4, OperationPrices = { ["WAV"] = 0, ["lyrics"] = 2 } });

        Assert.Equal(0, prices.PriceOf(With(OperationKind.Wav)));
        Assert.Equal(2, prices.PriceOf(With(OperationKind.Lyrics)));
        Assert.Equal(4, prices.PriceOf(With(OperationKind.AddVocals)));
    }

    [Fact]
    public void Validate_UnknownOperationOrNegativePrice_NamesTheKey()
    {
        var options = new QuotaOptions { OperationPrices = { ["remix"] = 1, ["stems"] = -2 } };

        var result = new QuotaOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.StartsWith("MusicBot:Quota:OperationPrices:remix: 'remix' is not an operation; use one of extend, addvocals", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f == "MusicBot:Quota:OperationPrices:stems is -2; a price must be 0 or more.");
    }

    private static GenerationRequest With(OperationKind kind) => Song with { Operation = new TrackOperation { Kind = kind } };

    private static PriceList Prices(QuotaOptions options) => new(Options.Create(options));
}
