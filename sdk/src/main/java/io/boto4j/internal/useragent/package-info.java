/** The User-Agent header: a per-client builder and the feature ids reported in it. */
package io.boto4j.internal.useragent;
