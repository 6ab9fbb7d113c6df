/**
 * boto3's managed S3 transfers over a low-level S3 client: {@link io.boto4j.transfer.S3Transfers} for the
 * blocking {@code upload_file}/{@code download_file}/{@code upload_fileobj}/{@code download_fileobj}/{@code copy},
 * and a {@link io.boto4j.transfer.TransferManager} that runs many transfers on one pool, returns
 * {@link io.boto4j.transfer.TransferHandle}s and moves whole directories. Large objects go in parts, in
 * parallel, each part in memory once ({@code max_concurrency x multipart_chunksize} bytes at most).
 */
package io.boto4j.transfer;
