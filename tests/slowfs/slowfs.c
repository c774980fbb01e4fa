/*
 * slowfs - a tiny FUSE filesystem whose statfs() hangs.
 *
 * Test fixture for gatherer's filesystems collector: it mounts a read-only
 * filesystem consisting of one empty directory (the root).  getattr, lookup
 * and readdir answer at once, so `stat MOUNT` and `ls MOUNT` work, but every
 * statfs() (statvfs(3), `stat -f`, `df`) is answered only after
 * SLOWFS_STATFS_SLEEP seconds (default 3600), i.e. it behaves like a hung
 * mount.  The test proves the collector never blocks on such a mount.
 *
 * The statfs reply is deferred to a detached thread, so the FUSE session loop
 * is never blocked: any number of hung statfs calls can be outstanding while
 * getattr/lookup/readdir keep answering (libfuse's high-level multithreaded
 * loop would cap this at 10 worker threads).  FUSE_INTERRUPT is ignored, so a
 * caller stuck in statfs stays stuck (even after SIGKILL) until the reply
 * comes or this process dies, exactly like a real hung mount.
 *
 * Build (Debian/Ubuntu: apt-get install libfuse3-dev fuse3):
 *   gcc -O2 -Wall -o slowfs slowfs.c $(pkg-config --cflags --libs fuse3)
 *
 * Run (always stays in the foreground, so a test can spawn and kill it):
 *   SLOWFS_STATFS_SLEEP=20 ./slowfs MOUNTPOINT       # or --statfs-sleep=20
 *   Any libfuse option is accepted too (-d for debug, -o allow_other, ...).
 *   /proc/self/mountinfo shows the mount as fstype "fuse.slowfs",
 *   source "slowfs", options "ro".
 *
 * Stop and unmount:
 *   SIGTERM/SIGINT: unmounts itself and exits 0.
 *   SIGKILL: the mount is left behind ("Transport endpoint is not connected");
 *   remove it with `fusermount3 -u -z MOUNTPOINT` (or, as root, `umount -l
 *   MOUNTPOINT`).  After a SIGTERM that command just fails (not mounted).
 *   Either way, statfs calls still waiting get ECONNABORTED at once when
 *   this process dies; later ones get ENOTCONN until the unmount.
 *   Kill slowfs BEFORE waiting for a process that has a thread stuck in
 *   statfs: the kernel cannot reap that process (not even after SIGKILL)
 *   until the statfs is answered or slowfs is gone.
 */
#define FUSE_USE_VERSION 34

#include <fuse_lowlevel.h>

#include <errno.h>
#include <pthread.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static double statfs_sleep = 3600.0;
static time_t start_time;

static void root_attr(struct stat *st)
{
	memset(st, 0, sizeof(*st));
	st->st_ino = FUSE_ROOT_ID;
	st->st_mode = S_IFDIR | 0555;
	st->st_nlink = 2;
	st->st_uid = getuid();
	st->st_gid = getgid();
	st->st_atime = st->st_mtime = st->st_ctime = start_time;
}

static void sfs_getattr(fuse_req_t req, fuse_ino_t ino, struct fuse_file_info *fi)
{
	struct stat st;

	(void)fi;
	if (ino != FUSE_ROOT_ID) {
		fuse_reply_err(req, ENOENT);
		return;
	}
	root_attr(&st);
	fuse_reply_attr(req, &st, 1.0);
}

static void sfs_lookup(fuse_req_t req, fuse_ino_t parent, const char *name)
{
	(void)parent;
	(void)name;
	fuse_reply_err(req, ENOENT); /* the root directory is empty */
}

static void sfs_readdir(fuse_req_t req, fuse_ino_t ino, size_t size, off_t off,
			struct fuse_file_info *fi)
{
	char buf[256];
	size_t len = 0;
	struct stat st;

	(void)fi;
	if (ino != FUSE_ROOT_ID) {
		fuse_reply_err(req, ENOTDIR);
		return;
	}
	root_attr(&st);
	if (off < 1)
		len += fuse_add_direntry(req, buf + len, sizeof(buf) - len, ".", &st, 1);
	if (off < 2)
		len += fuse_add_direntry(req, buf + len, sizeof(buf) - len, "..", &st, 2);
	fuse_reply_buf(req, buf, len < size ? len : 0);
}

static void *statfs_reply_later(void *arg)
{
	fuse_req_t req = arg;
	struct statvfs sv;
	struct timespec ts;

	ts.tv_sec = (time_t)statfs_sleep;
	ts.tv_nsec = (long)((statfs_sleep - (double)ts.tv_sec) * 1e9);
	while (nanosleep(&ts, &ts) == -1 && errno == EINTR)
		;
	memset(&sv, 0, sizeof(sv));
	sv.f_bsize = sv.f_frsize = 4096;
	sv.f_namemax = 255;
	fuse_reply_statfs(req, &sv);
	return NULL;
}

static void sfs_statfs(fuse_req_t req, fuse_ino_t ino)
{
	pthread_t t;
	pthread_attr_t attr;

	(void)ino;
	pthread_attr_init(&attr);
	pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
	pthread_attr_setstacksize(&attr, 64 * 1024);
	if (pthread_create(&t, &attr, statfs_reply_later, req) != 0)
		statfs_reply_later(req); /* cannot defer: block the loop instead */
	pthread_attr_destroy(&attr);
}

static const struct fuse_lowlevel_ops sfs_ops = {
	.lookup = sfs_lookup,
	.getattr = sfs_getattr,
	.readdir = sfs_readdir,
	.statfs = sfs_statfs,
};

static const struct fuse_opt sfs_opts[] = {
	{ "--statfs-sleep=%lf", 0, 0 },
	FUSE_OPT_END
};

int main(int argc, char *argv[])
{
	struct fuse_args args = FUSE_ARGS_INIT(argc, argv);
	struct fuse_cmdline_opts opts;
	struct fuse_session *se;
	const char *env = getenv("SLOWFS_STATFS_SLEEP");
	int ret = 1;

	start_time = time(NULL);
	if (env && *env)
		statfs_sleep = strtod(env, NULL);
	if (fuse_opt_parse(&args, &statfs_sleep, sfs_opts, NULL) == -1)
		return 1;
	if (statfs_sleep < 0)
		statfs_sleep = 0;
	/* Defaults first, so that user-given -o options override them. */
	if (fuse_opt_insert_arg(&args, 1, "-oro,fsname=slowfs,subtype=slowfs") == -1)
		return 1;
	if (fuse_parse_cmdline(&args, &opts) != 0)
		return 1;
	if (opts.show_help || opts.show_version || !opts.mountpoint) {
		printf("usage: %s [--statfs-sleep=SECONDS] [-d] [-o opt,...] MOUNTPOINT\n"
		       "       (SLOWFS_STATFS_SLEEP=SECONDS also works; default 3600)\n",
		       argv[0]);
		if (opts.show_help)
			fuse_lowlevel_help();
		ret = opts.mountpoint || opts.show_help || opts.show_version ? 0 : 1;
		goto out_args;
	}

	se = fuse_session_new(&args, &sfs_ops, sizeof(sfs_ops), NULL);
	if (!se)
		goto out_args;
	if (fuse_set_signal_handlers(se) != 0)
		goto out_args;
	if (fuse_session_mount(se, opts.mountpoint) != 0)
		goto out_signals;
	fprintf(stderr, "slowfs: mounted on %s, statfs sleeps %gs\n",
		opts.mountpoint, statfs_sleep);

	/*
	 * Single-threaded loop is enough: statfs replies from its own thread.
	 * The loop returns <0 on error, or the signal number after
	 * SIGTERM/SIGINT/SIGHUP, which is a clean stop.
	 */
	ret = fuse_session_loop(se) < 0;
	fuse_session_unmount(se);
	/*
	 * No fuse_session_destroy(): a statfs thread may still hold a request
	 * and would touch the freed session.  Exiting closes /dev/fuse, which
	 * makes the kernel fail any still-pending request.
	 */
out_signals:
	fuse_remove_signal_handlers(se);
out_args:
	free(opts.mountpoint);
	fuse_opt_free_args(&args);
	return ret;
}
