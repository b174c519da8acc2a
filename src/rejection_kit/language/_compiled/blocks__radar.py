"""blocks/radar.j2, compiled by Jinja (scripts/compile_templates.py: do not edit)."""

# ruff: noqa
# fmt: off
# mypy: ignore-errors

SOURCE = '2fe60cb4dfde213cc68c924367b14b77'
JINJA = '3.1.6'
MACROS = (('checkin_1', ('c',)), ('checkin_2', ('c',)), ('checkin_3', ('c',)), ('checkin_4', ('c',)), ('checkin_5', ('c',)), ('applied_1', ('c',)), ('applied_2', ('c',)), ('applied_3', ('c',)), ('applied_4', ('c',)))


def namespace(environment):
    from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
    name = 'blocks/radar.j2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_checkin_1 = l_0_checkin_2 = l_0_checkin_3 = l_0_checkin_4 = l_0_checkin_5 = l_0_applied_1 = l_0_applied_2 = l_0_applied_3 = l_0_applied_4 = missing
        pass
        def macro(l_1_c):
            t_1 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_1.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('It has been a few weeks since we spoke about the %(role)s role, and I wanted to check in.', role=environment.getattr(l_1_c, 'role'))),
            )
            return concat(t_1)
        context.exported_vars.add('checkin_1')
        context.vars['checkin_1'] = l_0_checkin_1 = Macro(environment, macro, 'checkin_1', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_2 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_2.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("I'm writing to check in a few weeks after our conversations about the %(role)s position.", role=environment.getattr(l_1_c, 'role'))),
            )
            return concat(t_2)
        context.exported_vars.add('checkin_2')
        context.vars['checkin_2'] = l_0_checkin_2 = Macro(environment, macro, 'checkin_2', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_3 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_3.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('It has been a few weeks since my interviews for the %(role)s role, and I hope things are going well for you and the team.', role=environment.getattr(l_1_c, 'role'))),
            )
            return concat(t_3)
        context.exported_vars.add('checkin_3')
        context.vars['checkin_3'] = l_0_checkin_3 = Macro(environment, macro, 'checkin_3', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_4 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_4.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('I wanted to say hello a few weeks after our conversations about the %(role)s role.', role=environment.getattr(l_1_c, 'role'))),
            )
            return concat(t_4)
        context.exported_vars.add('checkin_4')
        context.vars['checkin_4'] = l_0_checkin_4 = Macro(environment, macro, 'checkin_4', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_5 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_5.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Some weeks have passed since my interviews at %(company)s, and I hope all is well with you.', company=environment.getattr(l_1_c, 'company'))),
            )
            return concat(t_5)
        context.exported_vars.add('checkin_5')
        context.vars['checkin_5'] = l_0_checkin_5 = Macro(environment, macro, 'checkin_5', ('c',), False, False, False, context.eval_ctx.autoescape)
        yield '\n'
        def macro(l_1_c):
            t_6 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_6.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('A few weeks ago I applied for the %(role)s role; it did not work out this time, but I wanted to stay in touch.', role=environment.getattr(l_1_c, 'role'))),
            )
            return concat(t_6)
        context.exported_vars.add('applied_1')
        context.vars['applied_1'] = l_0_applied_1 = Macro(environment, macro, 'applied_1', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_7 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_7.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("I'm writing a few weeks after hearing back on my application for the %(role)s position at %(company)s, simply to stay in touch.", role=environment.getattr(l_1_c, 'role'), company=environment.getattr(l_1_c, 'company'))),
            )
            return concat(t_7)
        context.exported_vars.add('applied_2')
        context.vars['applied_2'] = l_0_applied_2 = Macro(environment, macro, 'applied_2', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_8 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_8.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Since I applied, I have continued to follow the work of %(company)s with interest.', company=environment.getattr(l_1_c, 'company'))),
            )
            return concat(t_8)
        context.exported_vars.add('applied_3')
        context.vars['applied_3'] = l_0_applied_3 = Macro(environment, macro, 'applied_3', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_9 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_9.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('My application for the %(role)s role did not work out a few weeks ago, but I wanted to keep in touch.', role=environment.getattr(l_1_c, 'role'))),
            )
            return concat(t_9)
        context.exported_vars.add('applied_4')
        context.vars['applied_4'] = l_0_applied_4 = Macro(environment, macro, 'applied_4', ('c',), False, False, False, context.eval_ctx.autoescape)

    blocks = {}
    debug_info = '2=12&3=24&4=36&5=48&6=60&8=73&9=85&10=97&11=109'
    return locals()
