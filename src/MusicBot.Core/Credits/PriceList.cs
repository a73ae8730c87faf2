using Microsoft.Extensions.Options;
using MusicBot.Core.Operations;
using MusicBot.Core.Providers;

namespace MusicBot.Core.Credits;

/// <summary>Looks up what a request costs: provider+model price, else provider price, else the default.</summary>
public sealed class PriceList(IOptions<QuotaOptions> options)
{
    /// <summary>The price of <paramref name="request"/>: its operation's price when it is one, else the song price.</summary>
    public int PriceOf(GenerationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.OperationKind is not { } kind)
        {
            return PriceOf(request.Provider, request.Model);
        }

        if (options.Value.OperationPrices.TryGetValue(kind.ConfigName(), out var price))
        {
            return price;
        }

        return kind == OperationKind.Lyrics ? 0 : PriceOf(request.Provider, request.Model);
    }

    public int PriceOf(string provider, string model)
    {
        var quota = options.Value;
        if (quota.ModelPrices.TryGetValue(provider, out var models))
        {
            var match = models.FirstOrDefault(m => string.Equals(m.Key, model, StringComparison.OrdinalIgnoreCase));
            if (match.Key is not null)
            {
                return match.Value;
            }
        }

        return quota.Prices.TryGetValue(provider, out var price) ? price : quota.DefaultPrice;
    }
}
