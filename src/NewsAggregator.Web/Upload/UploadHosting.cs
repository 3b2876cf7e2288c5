using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace NewsAggregator.Web.Upload;

public static class UploadHosting
{
    /// <summary>The upload services, and server limits that match the upload limits.</summary>
    public static WebApplicationBuilder AddNewsAggregatorUpload(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<UploadOptions>()
            .BindConfiguration(UploadOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddOptions<KestrelServerOptions>().Configure<IOptions<UploadOptions>>((kestrel, upload) =>
            kestrel.Limits.MaxRequestBodySize = upload.Value.MaxRequestBytes);
        builder.Services.AddOptions<FormOptions>().Configure<IOptions<UploadOptions>>((form, upload) =>
        {
            // Per-file limits are checked by the app so one large file is refused alone; the form
            // reader only guards the request as a whole. Files count as form values here, so leave
            // room above MaxFiles for the extra ones to be refused one by one.
            form.MultipartBodyLengthLimit = upload.Value.MaxRequestBytes;
            form.ValueCountLimit = Math.Max(1024, upload.Value.MaxFiles * 2);
        });
        builder.Services.AddScoped<UploadReader>();
        builder.Services.AddScoped<UploadImporter>();
        return builder;
    }
}
