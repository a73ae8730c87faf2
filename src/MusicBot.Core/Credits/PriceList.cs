using Microsoft.Extensions.Options;

namespace MusicBot.Core.Credits;

/// <summary>Looks up what a request costs: provider+model price, else provider price, else the default.</summary>
public sealed class PriceList(IOptions<QuotaOptions> options)
{
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
