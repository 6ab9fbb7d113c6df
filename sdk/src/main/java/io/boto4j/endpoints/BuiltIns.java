package io.boto4j.endpoints;

/** The built-in parameter names rule sets declare ({@code "builtIn": "AWS::Region"}). */
public final class BuiltIns {
    public static final String REGION = "AWS::Region";
    public static final String USE_FIPS = "AWS::UseFIPS";
    public static final String USE_DUALSTACK = "AWS::UseDualStack";
    public static final String ENDPOINT = "SDK::Endpoint";
    public static final String STS_USE_GLOBAL_ENDPOINT = "AWS::STS::UseGlobalEndpoint";
    public static final String S3_USE_GLOBAL_ENDPOINT = "AWS::S3::UseGlobalEndpoint";
    public static final String S3_ACCELERATE = "AWS::S3::Accelerate";
    public static final String S3_FORCE_PATH_STYLE = "AWS::S3::ForcePathStyle";
    public static final String S3_USE_ARN_REGION = "AWS::S3::UseArnRegion";
    public static final String S3_DISABLE_EXPRESS_SESSION_AUTH = "AWS::S3::DisableS3ExpressSessionAuth";
    public static final String S3CONTROL_USE_ARN_REGION = "AWS::S3Control::UseArnRegion";
    public static final String S3_DISABLE_MRAP = "AWS::S3::DisableMultiRegionAccessPoints";
    public static final String ACCOUNT_ID = "AWS::Auth::AccountId";
    public static final String ACCOUNT_ID_ENDPOINT_MODE = "AWS::Auth::AccountIdEndpointMode";

    private BuiltIns() {
    }
}
